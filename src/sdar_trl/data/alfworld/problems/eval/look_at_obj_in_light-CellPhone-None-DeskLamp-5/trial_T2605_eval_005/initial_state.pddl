(define (problem plan_trial_T2605_eval_005)
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
BowlType - otype
CellPhoneType - otype
CreditCardType - otype
DeskLampType - otype
KeyChainType - otype
MugType - otype
PenType - otype
PencilType - otype
DeskLamp_bar__minus_00_dot_82_bar__plus_01_dot_20_bar__minus_00_dot_66 - object
CellPhone_bar__plus_01_dot_58_bar__plus_02_dot_82_bar__minus_02_dot_78 - object
CreditCard_bar__plus_01_dot_02_bar__plus_00_dot_25_bar__plus_01_dot_04 - object
KeyChain_bar__plus_01_dot_53_bar__plus_02_dot_80_bar__plus_02_dot_06 - object
Pencil_bar__minus_01_dot_64_bar__minus_01_dot_66_bar__plus_01_dot_79 - object
Mug_bar__plus_02_dot_21_bar__minus_00_dot_89_bar__plus_01_dot_49 - object
Bowl_bar__plus_01_dot_21_bar__plus_00_dot_88_bar__minus_01_dot_38 - object
Pen_bar__minus_01_dot_08_bar__plus_00_dot_07_bar__plus_02_dot_78 - object
Shelf_bar__plus_00_dot_84_bar__minus_02_dot_50_bar__plus_00_dot_75 - receptacle
Desk_bar__minus_02_dot_32_bar__plus_02_dot_99_bar__plus_02_dot_01 - receptacle
Drawer_bar__minus_02_dot_49_bar__minus_00_dot_75_bar__minus_00_dot_12 - receptacle
GarbageCan_bar__minus_02_dot_49_bar__plus_01_dot_65_bar__plus_01_dot_40 - receptacle
Shelf_bar__minus_00_dot_27_bar__plus_00_dot_46_bar__minus_02_dot_02 - receptacle
Bed_bar__plus_00_dot_79_bar__plus_00_dot_83_bar__plus_01_dot_37 - receptacle
Dresser_bar__minus_00_dot_69_bar__plus_02_dot_21_bar__plus_01_dot_44 - receptacle
SideTable_bar__plus_00_dot_17_bar__minus_00_dot_34_bar__plus_02_dot_55 - receptacle
Drawer_bar__plus_00_dot_48_bar__minus_01_dot_30_bar__minus_02_dot_24 - receptacle
SideTable_bar__plus_02_dot_86_bar__plus_01_dot_33_bar__plus_00_dot_30 - receptacle
loc_bar_0_bar_3_bar_2_bar_30 - location
loc_bar_0_bar__minus_7_bar_1_bar__minus_30 - location
loc_bar_11_bar_10_bar_0_bar_0 - location
loc_bar_6_bar__minus_1_bar_0_bar__minus_30 - location
loc_bar__minus_2_bar_3_bar_3_bar_45 - location
loc_bar__minus_7_bar__minus_9_bar_0_bar_60 - location
loc_bar__minus_8_bar_7_bar_1_bar_0 - location
loc_bar__minus_8_bar_7_bar_2_bar_0 - location
loc_bar__minus_8_bar__minus_7_bar_0_bar_0 - location
loc_bar__minus_9_bar_6_bar_1_bar_45 - location
loc_bar__minus_9_bar__minus_7_bar_0_bar_45 - location
)
(:init
(atLocation agent1 loc_bar_11_bar_10_bar_0_bar_0)
(receptacleType Shelf_bar__plus_00_dot_84_bar__minus_02_dot_50_bar__plus_00_dot_75 ShelfType)
(receptacleAtLocation Shelf_bar__plus_00_dot_84_bar__minus_02_dot_50_bar__plus_00_dot_75 loc_bar_6_bar__minus_1_bar_0_bar__minus_30)
(receptacleType Desk_bar__minus_02_dot_32_bar__plus_02_dot_99_bar__plus_02_dot_01 DeskType)
(receptacleAtLocation Desk_bar__minus_02_dot_32_bar__plus_02_dot_99_bar__plus_02_dot_01 loc_bar__minus_9_bar__minus_7_bar_0_bar_45)
(receptacleType Drawer_bar__minus_02_dot_49_bar__minus_00_dot_75_bar__minus_00_dot_12 DrawerType)
(receptacleAtLocation Drawer_bar__minus_02_dot_49_bar__minus_00_dot_75_bar__minus_00_dot_12 loc_bar__minus_8_bar_7_bar_2_bar_0)
(openable Drawer_bar__minus_02_dot_49_bar__minus_00_dot_75_bar__minus_00_dot_12)
(receptacleType GarbageCan_bar__minus_02_dot_49_bar__plus_01_dot_65_bar__plus_01_dot_40 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_02_dot_49_bar__plus_01_dot_65_bar__plus_01_dot_40 loc_bar__minus_8_bar__minus_7_bar_0_bar_0)
(receptacleType Shelf_bar__minus_00_dot_27_bar__plus_00_dot_46_bar__minus_02_dot_02 ShelfType)
(receptacleAtLocation Shelf_bar__minus_00_dot_27_bar__plus_00_dot_46_bar__minus_02_dot_02 loc_bar__minus_2_bar_3_bar_3_bar_45)
(receptacleType Bed_bar__plus_00_dot_79_bar__plus_00_dot_83_bar__plus_01_dot_37 BedType)
(receptacleAtLocation Bed_bar__plus_00_dot_79_bar__plus_00_dot_83_bar__plus_01_dot_37 loc_bar__minus_7_bar__minus_9_bar_0_bar_60)
(receptacleType Dresser_bar__minus_00_dot_69_bar__plus_02_dot_21_bar__plus_01_dot_44 DresserType)
(receptacleAtLocation Dresser_bar__minus_00_dot_69_bar__plus_02_dot_21_bar__plus_01_dot_44 loc_bar__minus_9_bar_6_bar_1_bar_45)
(receptacleType SideTable_bar__plus_00_dot_17_bar__minus_00_dot_34_bar__plus_02_dot_55 SideTableType)
(receptacleAtLocation SideTable_bar__plus_00_dot_17_bar__minus_00_dot_34_bar__plus_02_dot_55 loc_bar_0_bar_3_bar_2_bar_30)
(receptacleType Drawer_bar__plus_00_dot_48_bar__minus_01_dot_30_bar__minus_02_dot_24 DrawerType)
(receptacleAtLocation Drawer_bar__plus_00_dot_48_bar__minus_01_dot_30_bar__minus_02_dot_24 loc_bar_0_bar__minus_7_bar_1_bar__minus_30)
(openable Drawer_bar__plus_00_dot_48_bar__minus_01_dot_30_bar__minus_02_dot_24)
(receptacleType SideTable_bar__plus_02_dot_86_bar__plus_01_dot_33_bar__plus_00_dot_30 SideTableType)
(receptacleAtLocation SideTable_bar__plus_02_dot_86_bar__plus_01_dot_33_bar__plus_00_dot_30 loc_bar__minus_8_bar_7_bar_1_bar_0)
(canContain BedType CellPhoneType)
(canContain DeskType BowlType)
(canContain DeskType CellPhoneType)
(canContain DeskType CreditCardType)
(canContain DeskType KeyChainType)
(canContain DeskType MugType)
(canContain DeskType PenType)
(canContain DeskType PencilType)
(canContain DrawerType CellPhoneType)
(canContain DrawerType CreditCardType)
(canContain DrawerType KeyChainType)
(canContain DrawerType PenType)
(canContain DrawerType PencilType)
(canContain DresserType BowlType)
(canContain DresserType CellPhoneType)
(canContain DresserType CreditCardType)
(canContain DresserType KeyChainType)
(canContain DresserType MugType)
(canContain DresserType PenType)
(canContain DresserType PencilType)
(canContain GarbageCanType PenType)
(canContain GarbageCanType PencilType)
(canContain ShelfType BowlType)
(canContain ShelfType CellPhoneType)
(canContain ShelfType CreditCardType)
(canContain ShelfType KeyChainType)
(canContain ShelfType MugType)
(canContain ShelfType PenType)
(canContain ShelfType PencilType)
(canContain SideTableType BowlType)
(canContain SideTableType CellPhoneType)
(canContain SideTableType CreditCardType)
(canContain SideTableType KeyChainType)
(canContain SideTableType MugType)
(canContain SideTableType PenType)
(canContain SideTableType PencilType)
(objectType DeskLamp_bar__minus_00_dot_82_bar__plus_01_dot_20_bar__minus_00_dot_66 DeskLampType)
(inReceptacle DeskLamp_bar__minus_00_dot_82_bar__plus_01_dot_20_bar__minus_00_dot_66 Desk_bar__minus_02_dot_32_bar__plus_02_dot_99_bar__plus_02_dot_01)
(objectAtLocation DeskLamp_bar__minus_00_dot_82_bar__plus_01_dot_20_bar__minus_00_dot_66 loc_bar__minus_9_bar__minus_7_bar_0_bar_45)
(toggleable DeskLamp_bar__minus_00_dot_82_bar__plus_01_dot_20_bar__minus_00_dot_66)
(objectType CellPhone_bar__plus_01_dot_58_bar__plus_02_dot_82_bar__minus_02_dot_78 CellPhoneType)
(inReceptacle CellPhone_bar__plus_01_dot_58_bar__plus_02_dot_82_bar__minus_02_dot_78 Bed_bar__plus_00_dot_79_bar__plus_00_dot_83_bar__plus_01_dot_37)
(objectAtLocation CellPhone_bar__plus_01_dot_58_bar__plus_02_dot_82_bar__minus_02_dot_78 loc_bar__minus_7_bar__minus_9_bar_0_bar_60)
(pickupable CellPhone_bar__plus_01_dot_58_bar__plus_02_dot_82_bar__minus_02_dot_78)
(objectType CreditCard_bar__plus_01_dot_02_bar__plus_00_dot_25_bar__plus_01_dot_04 CreditCardType)
(inReceptacle CreditCard_bar__plus_01_dot_02_bar__plus_00_dot_25_bar__plus_01_dot_04 Dresser_bar__minus_00_dot_69_bar__plus_02_dot_21_bar__plus_01_dot_44)
(objectAtLocation CreditCard_bar__plus_01_dot_02_bar__plus_00_dot_25_bar__plus_01_dot_04 loc_bar__minus_9_bar_6_bar_1_bar_45)
(pickupable CreditCard_bar__plus_01_dot_02_bar__plus_00_dot_25_bar__plus_01_dot_04)
(objectType KeyChain_bar__plus_01_dot_53_bar__plus_02_dot_80_bar__plus_02_dot_06 KeyChainType)
(inReceptacle KeyChain_bar__plus_01_dot_53_bar__plus_02_dot_80_bar__plus_02_dot_06 Dresser_bar__minus_00_dot_69_bar__plus_02_dot_21_bar__plus_01_dot_44)
(objectAtLocation KeyChain_bar__plus_01_dot_53_bar__plus_02_dot_80_bar__plus_02_dot_06 loc_bar__minus_9_bar_6_bar_1_bar_45)
(pickupable KeyChain_bar__plus_01_dot_53_bar__plus_02_dot_80_bar__plus_02_dot_06)
(objectType Pencil_bar__minus_01_dot_64_bar__minus_01_dot_66_bar__plus_01_dot_79 PencilType)
(inReceptacle Pencil_bar__minus_01_dot_64_bar__minus_01_dot_66_bar__plus_01_dot_79 Desk_bar__minus_02_dot_32_bar__plus_02_dot_99_bar__plus_02_dot_01)
(objectAtLocation Pencil_bar__minus_01_dot_64_bar__minus_01_dot_66_bar__plus_01_dot_79 loc_bar__minus_9_bar__minus_7_bar_0_bar_45)
(pickupable Pencil_bar__minus_01_dot_64_bar__minus_01_dot_66_bar__plus_01_dot_79)
(objectType Mug_bar__plus_02_dot_21_bar__minus_00_dot_89_bar__plus_01_dot_49 MugType)
(inReceptacle Mug_bar__plus_02_dot_21_bar__minus_00_dot_89_bar__plus_01_dot_49 Desk_bar__minus_02_dot_32_bar__plus_02_dot_99_bar__plus_02_dot_01)
(objectAtLocation Mug_bar__plus_02_dot_21_bar__minus_00_dot_89_bar__plus_01_dot_49 loc_bar__minus_9_bar__minus_7_bar_0_bar_45)
(pickupable Mug_bar__plus_02_dot_21_bar__minus_00_dot_89_bar__plus_01_dot_49)
(heatable Mug_bar__plus_02_dot_21_bar__minus_00_dot_89_bar__plus_01_dot_49)
(coolable Mug_bar__plus_02_dot_21_bar__minus_00_dot_89_bar__plus_01_dot_49)
(cleanable Mug_bar__plus_02_dot_21_bar__minus_00_dot_89_bar__plus_01_dot_49)
(isReceptacleObject Mug_bar__plus_02_dot_21_bar__minus_00_dot_89_bar__plus_01_dot_49)
(objectType Bowl_bar__plus_01_dot_21_bar__plus_00_dot_88_bar__minus_01_dot_38 BowlType)
(inReceptacle Bowl_bar__plus_01_dot_21_bar__plus_00_dot_88_bar__minus_01_dot_38 Shelf_bar__plus_00_dot_84_bar__minus_02_dot_50_bar__plus_00_dot_75)
(objectAtLocation Bowl_bar__plus_01_dot_21_bar__plus_00_dot_88_bar__minus_01_dot_38 loc_bar_6_bar__minus_1_bar_0_bar__minus_30)
(pickupable Bowl_bar__plus_01_dot_21_bar__plus_00_dot_88_bar__minus_01_dot_38)
(coolable Bowl_bar__plus_01_dot_21_bar__plus_00_dot_88_bar__minus_01_dot_38)
(cleanable Bowl_bar__plus_01_dot_21_bar__plus_00_dot_88_bar__minus_01_dot_38)
(isReceptacleObject Bowl_bar__plus_01_dot_21_bar__plus_00_dot_88_bar__minus_01_dot_38)
(objectType Pen_bar__minus_01_dot_08_bar__plus_00_dot_07_bar__plus_02_dot_78 PenType)
(inReceptacle Pen_bar__minus_01_dot_08_bar__plus_00_dot_07_bar__plus_02_dot_78 Desk_bar__minus_02_dot_32_bar__plus_02_dot_99_bar__plus_02_dot_01)
(objectAtLocation Pen_bar__minus_01_dot_08_bar__plus_00_dot_07_bar__plus_02_dot_78 loc_bar__minus_9_bar__minus_7_bar_0_bar_45)
(pickupable Pen_bar__minus_01_dot_08_bar__plus_00_dot_07_bar__plus_02_dot_78)
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
                         (objectType ?o CellPhoneType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
