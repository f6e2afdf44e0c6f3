(define (problem plan_trial_T2605_train_011)
(:domain alfred)
(:objects
agent1 - agent
BedType - rtype
DeskType - rtype
DrawerType - rtype
DresserType - rtype
GarbageCanType - rtype
ShelfType - rtype
SideTableType - rtype
BookType - otype
BowlType - otype
DeskLampType - otype
KeyChainType - otype
PencilType - otype
RemoteControlType - otype
StatueType - otype
WatchType - otype
DeskLamp_bar__minus_01_dot_44_bar__plus_00_dot_46_bar__minus_01_dot_29 - object
Watch_bar__minus_00_dot_70_bar__plus_00_dot_08_bar__minus_01_dot_21 - object
Bowl_bar__minus_00_dot_67_bar__plus_00_dot_17_bar__plus_02_dot_59 - object
Pencil_bar__minus_00_dot_01_bar__plus_01_dot_27_bar__plus_01_dot_49 - object
Book_bar__plus_01_dot_10_bar__minus_02_dot_76_bar__plus_01_dot_93 - object
Statue_bar__plus_01_dot_83_bar__minus_02_dot_24_bar__plus_02_dot_76 - object
RemoteControl_bar__plus_00_dot_81_bar__minus_01_dot_49_bar__minus_00_dot_25 - object
KeyChain_bar__minus_00_dot_60_bar__plus_01_dot_97_bar__minus_01_dot_82 - object
SideTable_bar__minus_00_dot_25_bar__minus_01_dot_08_bar__plus_01_dot_55 - receptacle
Bed_bar__minus_01_dot_93_bar__plus_00_dot_92_bar__plus_01_dot_54 - receptacle
Shelf_bar__plus_02_dot_91_bar__plus_01_dot_09_bar__minus_00_dot_85 - receptacle
SideTable_bar__minus_00_dot_66_bar__minus_02_dot_59_bar__minus_00_dot_66 - receptacle
Desk_bar__plus_00_dot_72_bar__plus_01_dot_56_bar__minus_01_dot_36 - receptacle
Shelf_bar__plus_01_dot_81_bar__plus_02_dot_59_bar__minus_00_dot_15 - receptacle
Drawer_bar__minus_00_dot_48_bar__plus_00_dot_99_bar__minus_02_dot_05 - receptacle
Dresser_bar__plus_02_dot_32_bar__plus_00_dot_53_bar__minus_02_dot_92 - receptacle
Drawer_bar__plus_02_dot_81_bar__minus_01_dot_21_bar__plus_00_dot_63 - receptacle
GarbageCan_bar__plus_02_dot_83_bar__plus_01_dot_59_bar__plus_01_dot_46 - receptacle
loc_bar_0_bar__minus_1_bar_2_bar__minus_30 - location
loc_bar_12_bar_12_bar_0_bar_0 - location
loc_bar_5_bar__minus_2_bar_3_bar_30 - location
loc_bar_9_bar_6_bar_3_bar_0 - location
loc_bar__minus_1_bar_7_bar_2_bar_60 - location
loc_bar__minus_5_bar_3_bar_2_bar_0 - location
loc_bar__minus_7_bar_1_bar_3_bar_0 - location
loc_bar__minus_7_bar__minus_6_bar_2_bar_45 - location
loc_bar__minus_8_bar_3_bar_3_bar_45 - location
loc_bar__minus_8_bar__minus_1_bar_0_bar_0 - location
loc_bar__minus_9_bar_0_bar_0_bar__minus_30 - location
)
(:init
(atLocation agent1 loc_bar_12_bar_12_bar_0_bar_0)
(receptacleType SideTable_bar__minus_00_dot_25_bar__minus_01_dot_08_bar__plus_01_dot_55 SideTableType)
(receptacleAtLocation SideTable_bar__minus_00_dot_25_bar__minus_01_dot_08_bar__plus_01_dot_55 loc_bar_0_bar__minus_1_bar_2_bar__minus_30)
(receptacleType Bed_bar__minus_01_dot_93_bar__plus_00_dot_92_bar__plus_01_dot_54 BedType)
(receptacleAtLocation Bed_bar__minus_01_dot_93_bar__plus_00_dot_92_bar__plus_01_dot_54 loc_bar__minus_7_bar_1_bar_3_bar_0)
(receptacleType Shelf_bar__plus_02_dot_91_bar__plus_01_dot_09_bar__minus_00_dot_85 ShelfType)
(receptacleAtLocation Shelf_bar__plus_02_dot_91_bar__plus_01_dot_09_bar__minus_00_dot_85 loc_bar__minus_9_bar_0_bar_0_bar__minus_30)
(receptacleType SideTable_bar__minus_00_dot_66_bar__minus_02_dot_59_bar__minus_00_dot_66 SideTableType)
(receptacleAtLocation SideTable_bar__minus_00_dot_66_bar__minus_02_dot_59_bar__minus_00_dot_66 loc_bar_9_bar_6_bar_3_bar_0)
(receptacleType Desk_bar__plus_00_dot_72_bar__plus_01_dot_56_bar__minus_01_dot_36 DeskType)
(receptacleAtLocation Desk_bar__plus_00_dot_72_bar__plus_01_dot_56_bar__minus_01_dot_36 loc_bar_5_bar__minus_2_bar_3_bar_30)
(receptacleType Shelf_bar__plus_01_dot_81_bar__plus_02_dot_59_bar__minus_00_dot_15 ShelfType)
(receptacleAtLocation Shelf_bar__plus_01_dot_81_bar__plus_02_dot_59_bar__minus_00_dot_15 loc_bar__minus_7_bar__minus_6_bar_2_bar_45)
(receptacleType Drawer_bar__minus_00_dot_48_bar__plus_00_dot_99_bar__minus_02_dot_05 DrawerType)
(receptacleAtLocation Drawer_bar__minus_00_dot_48_bar__plus_00_dot_99_bar__minus_02_dot_05 loc_bar__minus_8_bar_3_bar_3_bar_45)
(openable Drawer_bar__minus_00_dot_48_bar__plus_00_dot_99_bar__minus_02_dot_05)
(receptacleType Dresser_bar__plus_02_dot_32_bar__plus_00_dot_53_bar__minus_02_dot_92 DresserType)
(receptacleAtLocation Dresser_bar__plus_02_dot_32_bar__plus_00_dot_53_bar__minus_02_dot_92 loc_bar__minus_1_bar_7_bar_2_bar_60)
(receptacleType Drawer_bar__plus_02_dot_81_bar__minus_01_dot_21_bar__plus_00_dot_63 DrawerType)
(receptacleAtLocation Drawer_bar__plus_02_dot_81_bar__minus_01_dot_21_bar__plus_00_dot_63 loc_bar__minus_5_bar_3_bar_2_bar_0)
(openable Drawer_bar__plus_02_dot_81_bar__minus_01_dot_21_bar__plus_00_dot_63)
(receptacleType GarbageCan_bar__plus_02_dot_83_bar__plus_01_dot_59_bar__plus_01_dot_46 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_02_dot_83_bar__plus_01_dot_59_bar__plus_01_dot_46 loc_bar__minus_8_bar__minus_1_bar_0_bar_0)
(canContain BedType BookType)
(canContain DeskType BookType)
(canContain DeskType BowlType)
(canContain DeskType KeyChainType)
(canContain DeskType PencilType)
(canContain DeskType RemoteControlType)
(canContain DeskType StatueType)
(canContain DeskType WatchType)
(canContain DrawerType BookType)
(canContain DrawerType KeyChainType)
(canContain DrawerType PencilType)
(canContain DrawerType RemoteControlType)
(canContain DrawerType WatchType)
(canContain DresserType BookType)
(canContain DresserType BowlType)
(canContain DresserType KeyChainType)
(canContain DresserType PencilType)
(canContain DresserType RemoteControlType)
(canContain DresserType StatueType)
(canContain DresserType WatchType)
(canContain GarbageCanType PencilType)
(canContain ShelfType BookType)
(canContain ShelfType BowlType)
(canContain ShelfType KeyChainType)
(canContain ShelfType PencilType)
(canContain ShelfType RemoteControlType)
(canContain ShelfType StatueType)
(canContain ShelfType WatchType)
(canContain SideTableType BookType)
(canContain SideTableType BowlType)
(canContain SideTableType KeyChainType)
(canContain SideTableType PencilType)
(canContain SideTableType RemoteControlType)
(canContain SideTableType StatueType)
(canContain SideTableType WatchType)
(objectType DeskLamp_bar__minus_01_dot_44_bar__plus_00_dot_46_bar__minus_01_dot_29 DeskLampType)
(inReceptacle DeskLamp_bar__minus_01_dot_44_bar__plus_00_dot_46_bar__minus_01_dot_29 Desk_bar__plus_00_dot_72_bar__plus_01_dot_56_bar__minus_01_dot_36)
(objectAtLocation DeskLamp_bar__minus_01_dot_44_bar__plus_00_dot_46_bar__minus_01_dot_29 loc_bar_5_bar__minus_2_bar_3_bar_30)
(toggleable DeskLamp_bar__minus_01_dot_44_bar__plus_00_dot_46_bar__minus_01_dot_29)
(objectType Watch_bar__minus_00_dot_70_bar__plus_00_dot_08_bar__minus_01_dot_21 WatchType)
(inReceptacle Watch_bar__minus_00_dot_70_bar__plus_00_dot_08_bar__minus_01_dot_21 Dresser_bar__plus_02_dot_32_bar__plus_00_dot_53_bar__minus_02_dot_92)
(objectAtLocation Watch_bar__minus_00_dot_70_bar__plus_00_dot_08_bar__minus_01_dot_21 loc_bar__minus_1_bar_7_bar_2_bar_60)
(pickupable Watch_bar__minus_00_dot_70_bar__plus_00_dot_08_bar__minus_01_dot_21)
(objectType Bowl_bar__minus_00_dot_67_bar__plus_00_dot_17_bar__plus_02_dot_59 BowlType)
(inReceptacle Bowl_bar__minus_00_dot_67_bar__plus_00_dot_17_bar__plus_02_dot_59 Shelf_bar__plus_02_dot_91_bar__plus_01_dot_09_bar__minus_00_dot_85)
(objectAtLocation Bowl_bar__minus_00_dot_67_bar__plus_00_dot_17_bar__plus_02_dot_59 loc_bar__minus_9_bar_0_bar_0_bar__minus_30)
(pickupable Bowl_bar__minus_00_dot_67_bar__plus_00_dot_17_bar__plus_02_dot_59)
(coolable Bowl_bar__minus_00_dot_67_bar__plus_00_dot_17_bar__plus_02_dot_59)
(cleanable Bowl_bar__minus_00_dot_67_bar__plus_00_dot_17_bar__plus_02_dot_59)
(isReceptacleObject Bowl_bar__minus_00_dot_67_bar__plus_00_dot_17_bar__plus_02_dot_59)
(objectType Pencil_bar__minus_00_dot_01_bar__plus_01_dot_27_bar__plus_01_dot_49 PencilType)
(inReceptacle Pencil_bar__minus_00_dot_01_bar__plus_01_dot_27_bar__plus_01_dot_49 Desk_bar__plus_00_dot_72_bar__plus_01_dot_56_bar__minus_01_dot_36)
(objectAtLocation Pencil_bar__minus_00_dot_01_bar__plus_01_dot_27_bar__plus_01_dot_49 loc_bar_5_bar__minus_2_bar_3_bar_30)
(pickupable Pencil_bar__minus_00_dot_01_bar__plus_01_dot_27_bar__plus_01_dot_49)
(objectType Book_bar__plus_01_dot_10_bar__minus_02_dot_76_bar__plus_01_dot_93 BookType)
(inReceptacle Book_bar__plus_01_dot_10_bar__minus_02_dot_76_bar__plus_01_dot_93 Drawer_bar__minus_00_dot_48_bar__plus_00_dot_99_bar__minus_02_dot_05)
(objectAtLocation Book_bar__plus_01_dot_10_bar__minus_02_dot_76_bar__plus_01_dot_93 loc_bar__minus_8_bar_3_bar_3_bar_45)
(pickupable Book_bar__plus_01_dot_10_bar__minus_02_dot_76_bar__plus_01_dot_93)
(objectType Statue_bar__plus_01_dot_83_bar__minus_02_dot_24_bar__plus_02_dot_76 StatueType)
(inReceptacle Statue_bar__plus_01_dot_83_bar__minus_02_dot_24_bar__plus_02_dot_76 Shelf_bar__plus_01_dot_81_bar__plus_02_dot_59_bar__minus_00_dot_15)
(objectAtLocation Statue_bar__plus_01_dot_83_bar__minus_02_dot_24_bar__plus_02_dot_76 loc_bar__minus_7_bar__minus_6_bar_2_bar_45)
(pickupable Statue_bar__plus_01_dot_83_bar__minus_02_dot_24_bar__plus_02_dot_76)
(objectType RemoteControl_bar__plus_00_dot_81_bar__minus_01_dot_49_bar__minus_00_dot_25 RemoteControlType)
(inReceptacle RemoteControl_bar__plus_00_dot_81_bar__minus_01_dot_49_bar__minus_00_dot_25 SideTable_bar__minus_00_dot_25_bar__minus_01_dot_08_bar__plus_01_dot_55)
(objectAtLocation RemoteControl_bar__plus_00_dot_81_bar__minus_01_dot_49_bar__minus_00_dot_25 loc_bar_0_bar__minus_1_bar_2_bar__minus_30)
(pickupable RemoteControl_bar__plus_00_dot_81_bar__minus_01_dot_49_bar__minus_00_dot_25)
(objectType KeyChain_bar__minus_00_dot_60_bar__plus_01_dot_97_bar__minus_01_dot_82 KeyChainType)
(inReceptacle KeyChain_bar__minus_00_dot_60_bar__plus_01_dot_97_bar__minus_01_dot_82 Dresser_bar__plus_02_dot_32_bar__plus_00_dot_53_bar__minus_02_dot_92)
(objectAtLocation KeyChain_bar__minus_00_dot_60_bar__plus_01_dot_97_bar__minus_01_dot_82 loc_bar__minus_1_bar_7_bar_2_bar_60)
(pickupable KeyChain_bar__minus_00_dot_60_bar__plus_01_dot_97_bar__minus_01_dot_82)
)
(:goal
             (and
                 (exists (?ot - object
                          ?r - receptacle
                          ?a - agent
                          ?l - location)
                     (and
                         (objectType ?ot DeskLampType)
                         (toggleable ?ot)
                         (isToggled ?ot)
                         (receptacleAtLocation ?r ?l)
                         (atLocation ?a ?l)
                         (inReceptacle ?ot ?r)
                     )
                 )
                 (exists (?o - object
                          ?a - agent)
                     (and
                         (objectType ?o WatchType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
