(define (problem plan_trial_T2605_train_056)
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
AlarmClockType - otype
CellPhoneType - otype
KeyChainType - otype
MugType - otype
PencilType - otype
StatueType - otype
WatchType - otype
Watch_bar__minus_00_dot_27_bar__minus_00_dot_11_bar__plus_00_dot_43 - object
Watch_bar__minus_02_dot_56_bar__plus_01_dot_98_bar__plus_00_dot_76 - object
CellPhone_bar__plus_02_dot_45_bar__minus_02_dot_02_bar__minus_00_dot_33 - object
AlarmClock_bar__minus_01_dot_91_bar__minus_01_dot_37_bar__plus_01_dot_82 - object
Pencil_bar__minus_01_dot_99_bar__minus_00_dot_12_bar__plus_01_dot_67 - object
KeyChain_bar__minus_00_dot_13_bar__plus_00_dot_56_bar__minus_02_dot_08 - object
Mug_bar__minus_01_dot_58_bar__minus_00_dot_44_bar__minus_01_dot_74 - object
Statue_bar__plus_01_dot_15_bar__plus_02_dot_59_bar__minus_02_dot_16 - object
Shelf_bar__minus_01_dot_58_bar__minus_02_dot_55_bar__minus_02_dot_37 - receptacle
Bed_bar__plus_00_dot_38_bar__minus_01_dot_96_bar__minus_00_dot_95 - receptacle
SideTable_bar__plus_02_dot_14_bar__plus_01_dot_57_bar__plus_01_dot_17 - receptacle
Drawer_bar__plus_00_dot_68_bar__minus_01_dot_90_bar__plus_00_dot_92 - receptacle
Drawer_bar__plus_00_dot_92_bar__minus_02_dot_17_bar__minus_01_dot_18 - receptacle
Dresser_bar__minus_00_dot_15_bar__minus_02_dot_82_bar__minus_01_dot_69 - receptacle
GarbageCan_bar__plus_00_dot_70_bar__minus_01_dot_32_bar__plus_00_dot_02 - receptacle
Desk_bar__plus_00_dot_62_bar__plus_00_dot_52_bar__plus_00_dot_55 - receptacle
SideTable_bar__plus_02_dot_86_bar__plus_02_dot_96_bar__minus_00_dot_03 - receptacle
Shelf_bar__plus_01_dot_38_bar__minus_00_dot_65_bar__plus_02_dot_54 - receptacle
loc_bar_11_bar_11_bar_0_bar_0 - location
loc_bar_2_bar_7_bar_3_bar_60 - location
loc_bar_4_bar_4_bar_2_bar_45 - location
loc_bar_8_bar__minus_9_bar_2_bar_60 - location
loc_bar_9_bar_0_bar_1_bar_0 - location
loc_bar__minus_1_bar__minus_5_bar_2_bar_0 - location
loc_bar__minus_2_bar__minus_8_bar_3_bar_45 - location
loc_bar__minus_5_bar_0_bar_3_bar__minus_30 - location
loc_bar__minus_6_bar__minus_6_bar_1_bar__minus_30 - location
loc_bar__minus_8_bar__minus_7_bar_1_bar_60 - location
loc_bar__minus_8_bar__minus_8_bar_0_bar_45 - location
)
(:init
(atLocation agent1 loc_bar_11_bar_11_bar_0_bar_0)
(receptacleType Shelf_bar__minus_01_dot_58_bar__minus_02_dot_55_bar__minus_02_dot_37 ShelfType)
(receptacleAtLocation Shelf_bar__minus_01_dot_58_bar__minus_02_dot_55_bar__minus_02_dot_37 loc_bar__minus_2_bar__minus_8_bar_3_bar_45)
(receptacleType Bed_bar__plus_00_dot_38_bar__minus_01_dot_96_bar__minus_00_dot_95 BedType)
(receptacleAtLocation Bed_bar__plus_00_dot_38_bar__minus_01_dot_96_bar__minus_00_dot_95 loc_bar__minus_8_bar__minus_8_bar_0_bar_45)
(receptacleType SideTable_bar__plus_02_dot_14_bar__plus_01_dot_57_bar__plus_01_dot_17 SideTableType)
(receptacleAtLocation SideTable_bar__plus_02_dot_14_bar__plus_01_dot_57_bar__plus_01_dot_17 loc_bar_9_bar_0_bar_1_bar_0)
(receptacleType Drawer_bar__plus_00_dot_68_bar__minus_01_dot_90_bar__plus_00_dot_92 DrawerType)
(receptacleAtLocation Drawer_bar__plus_00_dot_68_bar__minus_01_dot_90_bar__plus_00_dot_92 loc_bar__minus_8_bar__minus_7_bar_1_bar_60)
(openable Drawer_bar__plus_00_dot_68_bar__minus_01_dot_90_bar__plus_00_dot_92)
(receptacleType Drawer_bar__plus_00_dot_92_bar__minus_02_dot_17_bar__minus_01_dot_18 DrawerType)
(receptacleAtLocation Drawer_bar__plus_00_dot_92_bar__minus_02_dot_17_bar__minus_01_dot_18 loc_bar_2_bar_7_bar_3_bar_60)
(openable Drawer_bar__plus_00_dot_92_bar__minus_02_dot_17_bar__minus_01_dot_18)
(receptacleType Dresser_bar__minus_00_dot_15_bar__minus_02_dot_82_bar__minus_01_dot_69 DresserType)
(receptacleAtLocation Dresser_bar__minus_00_dot_15_bar__minus_02_dot_82_bar__minus_01_dot_69 loc_bar__minus_1_bar__minus_5_bar_2_bar_0)
(receptacleType GarbageCan_bar__plus_00_dot_70_bar__minus_01_dot_32_bar__plus_00_dot_02 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_00_dot_70_bar__minus_01_dot_32_bar__plus_00_dot_02 loc_bar__minus_5_bar_0_bar_3_bar__minus_30)
(receptacleType Desk_bar__plus_00_dot_62_bar__plus_00_dot_52_bar__plus_00_dot_55 DeskType)
(receptacleAtLocation Desk_bar__plus_00_dot_62_bar__plus_00_dot_52_bar__plus_00_dot_55 loc_bar__minus_6_bar__minus_6_bar_1_bar__minus_30)
(receptacleType SideTable_bar__plus_02_dot_86_bar__plus_02_dot_96_bar__minus_00_dot_03 SideTableType)
(receptacleAtLocation SideTable_bar__plus_02_dot_86_bar__plus_02_dot_96_bar__minus_00_dot_03 loc_bar_8_bar__minus_9_bar_2_bar_60)
(receptacleType Shelf_bar__plus_01_dot_38_bar__minus_00_dot_65_bar__plus_02_dot_54 ShelfType)
(receptacleAtLocation Shelf_bar__plus_01_dot_38_bar__minus_00_dot_65_bar__plus_02_dot_54 loc_bar_4_bar_4_bar_2_bar_45)
(canContain BedType CellPhoneType)
(canContain DeskType AlarmClockType)
(canContain DeskType CellPhoneType)
(canContain DeskType KeyChainType)
(canContain DeskType MugType)
(canContain DeskType PencilType)
(canContain DeskType StatueType)
(canContain DeskType WatchType)
(canContain DrawerType CellPhoneType)
(canContain DrawerType KeyChainType)
(canContain DrawerType PencilType)
(canContain DrawerType WatchType)
(canContain DresserType AlarmClockType)
(canContain DresserType CellPhoneType)
(canContain DresserType KeyChainType)
(canContain DresserType MugType)
(canContain DresserType PencilType)
(canContain DresserType StatueType)
(canContain DresserType WatchType)
(canContain GarbageCanType PencilType)
(canContain ShelfType AlarmClockType)
(canContain ShelfType CellPhoneType)
(canContain ShelfType KeyChainType)
(canContain ShelfType MugType)
(canContain ShelfType PencilType)
(canContain ShelfType StatueType)
(canContain ShelfType WatchType)
(canContain SideTableType AlarmClockType)
(canContain SideTableType CellPhoneType)
(canContain SideTableType KeyChainType)
(canContain SideTableType MugType)
(canContain SideTableType PencilType)
(canContain SideTableType StatueType)
(canContain SideTableType WatchType)
(objectType Watch_bar__minus_00_dot_27_bar__minus_00_dot_11_bar__plus_00_dot_43 WatchType)
(inReceptacle Watch_bar__minus_00_dot_27_bar__minus_00_dot_11_bar__plus_00_dot_43 Dresser_bar__minus_00_dot_15_bar__minus_02_dot_82_bar__minus_01_dot_69)
(objectAtLocation Watch_bar__minus_00_dot_27_bar__minus_00_dot_11_bar__plus_00_dot_43 loc_bar__minus_1_bar__minus_5_bar_2_bar_0)
(pickupable Watch_bar__minus_00_dot_27_bar__minus_00_dot_11_bar__plus_00_dot_43)
(objectType Watch_bar__minus_02_dot_56_bar__plus_01_dot_98_bar__plus_00_dot_76 WatchType)
(inReceptacle Watch_bar__minus_02_dot_56_bar__plus_01_dot_98_bar__plus_00_dot_76 Drawer_bar__plus_00_dot_92_bar__minus_02_dot_17_bar__minus_01_dot_18)
(objectAtLocation Watch_bar__minus_02_dot_56_bar__plus_01_dot_98_bar__plus_00_dot_76 loc_bar_2_bar_7_bar_3_bar_60)
(pickupable Watch_bar__minus_02_dot_56_bar__plus_01_dot_98_bar__plus_00_dot_76)
(objectType CellPhone_bar__plus_02_dot_45_bar__minus_02_dot_02_bar__minus_00_dot_33 CellPhoneType)
(inReceptacle CellPhone_bar__plus_02_dot_45_bar__minus_02_dot_02_bar__minus_00_dot_33 Bed_bar__plus_00_dot_38_bar__minus_01_dot_96_bar__minus_00_dot_95)
(objectAtLocation CellPhone_bar__plus_02_dot_45_bar__minus_02_dot_02_bar__minus_00_dot_33 loc_bar__minus_8_bar__minus_8_bar_0_bar_45)
(pickupable CellPhone_bar__plus_02_dot_45_bar__minus_02_dot_02_bar__minus_00_dot_33)
(objectType AlarmClock_bar__minus_01_dot_91_bar__minus_01_dot_37_bar__plus_01_dot_82 AlarmClockType)
(inReceptacle AlarmClock_bar__minus_01_dot_91_bar__minus_01_dot_37_bar__plus_01_dot_82 Desk_bar__plus_00_dot_62_bar__plus_00_dot_52_bar__plus_00_dot_55)
(objectAtLocation AlarmClock_bar__minus_01_dot_91_bar__minus_01_dot_37_bar__plus_01_dot_82 loc_bar__minus_6_bar__minus_6_bar_1_bar__minus_30)
(pickupable AlarmClock_bar__minus_01_dot_91_bar__minus_01_dot_37_bar__plus_01_dot_82)
(objectType Pencil_bar__minus_01_dot_99_bar__minus_00_dot_12_bar__plus_01_dot_67 PencilType)
(inReceptacle Pencil_bar__minus_01_dot_99_bar__minus_00_dot_12_bar__plus_01_dot_67 Desk_bar__plus_00_dot_62_bar__plus_00_dot_52_bar__plus_00_dot_55)
(objectAtLocation Pencil_bar__minus_01_dot_99_bar__minus_00_dot_12_bar__plus_01_dot_67 loc_bar__minus_6_bar__minus_6_bar_1_bar__minus_30)
(pickupable Pencil_bar__minus_01_dot_99_bar__minus_00_dot_12_bar__plus_01_dot_67)
(objectType KeyChain_bar__minus_00_dot_13_bar__plus_00_dot_56_bar__minus_02_dot_08 KeyChainType)
(inReceptacle KeyChain_bar__minus_00_dot_13_bar__plus_00_dot_56_bar__minus_02_dot_08 Dresser_bar__minus_00_dot_15_bar__minus_02_dot_82_bar__minus_01_dot_69)
(objectAtLocation KeyChain_bar__minus_00_dot_13_bar__plus_00_dot_56_bar__minus_02_dot_08 loc_bar__minus_1_bar__minus_5_bar_2_bar_0)
(pickupable KeyChain_bar__minus_00_dot_13_bar__plus_00_dot_56_bar__minus_02_dot_08)
(objectType Mug_bar__minus_01_dot_58_bar__minus_00_dot_44_bar__minus_01_dot_74 MugType)
(inReceptacle Mug_bar__minus_01_dot_58_bar__minus_00_dot_44_bar__minus_01_dot_74 Shelf_bar__minus_01_dot_58_bar__minus_02_dot_55_bar__minus_02_dot_37)
(objectAtLocation Mug_bar__minus_01_dot_58_bar__minus_00_dot_44_bar__minus_01_dot_74 loc_bar__minus_2_bar__minus_8_bar_3_bar_45)
(pickupable Mug_bar__minus_01_dot_58_bar__minus_00_dot_44_bar__minus_01_dot_74)
(heatable Mug_bar__minus_01_dot_58_bar__minus_00_dot_44_bar__minus_01_dot_74)
(coolable Mug_bar__minus_01_dot_58_bar__minus_00_dot_44_bar__minus_01_dot_74)
(cleanable Mug_bar__minus_01_dot_58_bar__minus_00_dot_44_bar__minus_01_dot_74)
(isReceptacleObject Mug_bar__minus_01_dot_58_bar__minus_00_dot_44_bar__minus_01_dot_74)
(objectType Statue_bar__plus_01_dot_15_bar__plus_02_dot_59_bar__minus_02_dot_16 StatueType)
(inReceptacle Statue_bar__plus_01_dot_15_bar__plus_02_dot_59_bar__minus_02_dot_16 Dresser_bar__minus_00_dot_15_bar__minus_02_dot_82_bar__minus_01_dot_69)
(objectAtLocation Statue_bar__plus_01_dot_15_bar__plus_02_dot_59_bar__minus_02_dot_16 loc_bar__minus_1_bar__minus_5_bar_2_bar_0)
(pickupable Statue_bar__plus_01_dot_15_bar__plus_02_dot_59_bar__minus_02_dot_16)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 WatchType)
                                    (receptacleType ?r SideTableType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 WatchType)
                                            (receptacleType ?r SideTableType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
